/**
 * Runs `body`, then its registered clean-ups in reverse order (servers closed, scratch databases dropped), also when
 * it fails, the run is interrupted with Ctrl-C, or its output is piped into `head` and closed early.
 */
export async function closeOnExit(body: (onClose: (cleanup: () => Promise<void>) => void) => Promise<void>): Promise<void> {
  const cleanups: (() => Promise<void>)[] = [];
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          await cleanup();
        } catch (error) {
          console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })());
  const interrupted = () => void close().finally(() => process.exit(130));
  const closedOutput = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') void close().finally(() => process.exit(1));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  process.stdout.on('error', closedOutput);
  try {
    await body((cleanup) => void cleanups.push(cleanup));
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await close();
    process.stdout.off('error', closedOutput);
  }
}
