/** Types of serve.mjs for the TypeScript scripts that serve the build (the screenshots of progress). */
export function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  quiet?: boolean;
  gzip?: boolean;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
