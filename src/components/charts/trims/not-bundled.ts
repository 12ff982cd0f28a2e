/**
 * Stands in for a function a trimmed chart dependency does not bundle (vite.config.ts,
 * `trimChartDependencies`): calling it is a clear error naming the trim, never a wrong drawing.
 */
export function notBundled(name: string, trim: string): () => never {
  return () => {
    throw new Error(
      `${name} is not in this build: see ${trim} and trimChartDependencies in vite.config.ts`,
    );
  };
}
