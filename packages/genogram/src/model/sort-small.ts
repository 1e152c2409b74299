/**
 * A stable in-place sort that allocates nothing for short lists (insertion sort up to 16 items; the built-in
 * sort, also stable, beyond). The layout sorts many tiny lists — a child's parent links, a couple's
 * children, a person's partners — and the built-in sort allocates its work state on every call.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
