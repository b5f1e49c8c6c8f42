/**
 * A Lambda handler built on the first invocation rather than at init, for
 * what can only be read while invoked (the secrets extension answers only
 * then). Modules still load at init; only `build` waits. A failed build is
 * tried again by the next invocation instead of leaving the container broken.
 */
export function builtOnFirstInvocation<E, C, R>(build: () => Promise<(event: E, context: C) => Promise<R>>): (event: E, context: C) => Promise<R> {
  let built: Promise<(event: E, context: C) => Promise<R>> | undefined;
  return async (event, context) => {
    built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    return (await built)(event, context);
  };
}
