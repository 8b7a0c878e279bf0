// TODO(#5): these rules match the English catalogue only; in other languages the sentence keeps
// its "in Options" words, which is redundant on this page but still true.
/**
 * An error sentence as the options page shows it: the person is already "in Options", so
 * "Check the app ID in Options." reads "Check the app ID." and a grant points below.
 */
export function describeForOptions(message: string): string {
  return message
    .replace(/\bGrant (access|it) in Options\./g, 'Grant $1 below.')
    .replace(/ in Options(?=[.,])/g, '');
}
