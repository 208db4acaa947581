declare module 'indefinite' {
  /** The word with its indefinite article: "an Order", "a User", "an Hour". */
  export default function indefinite(
    word: string,
    options?: { capitalize?: boolean; caseInsensitive?: boolean },
  ): string;
}
