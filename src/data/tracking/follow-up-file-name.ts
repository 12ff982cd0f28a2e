/**
 * The name of a follow-up export (a backup): the day and how many follow-ups it holds, so a
 * folder of backups says which is the latest and which is the fullest without opening them:
 * zz-tracker-follow-ups-2021-04-30-12-items.json. The name is the same in both languages (the
 * file is read back by any UI language) and stays ASCII for any file system.
 */
export function followUpFileName(date: string, count: number): string {
  return `zz-tracker-follow-ups-${date}-${count}-item${count === 1 ? '' : 's'}.json`;
}
