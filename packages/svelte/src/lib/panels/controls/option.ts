/** One choice of a select or checkbox list: the value sent in commands and the label shown. */
export interface Option {
  value: string;
  label: string;
}
