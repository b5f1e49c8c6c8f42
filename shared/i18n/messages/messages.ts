/** One language's messages of one namespace: the same keys as English, every one a string. */
export type Messages<En> = { readonly [K in keyof En]: string };
