/** One page of a list as a store returns it. */

export interface Page<T> {
  items: T[];
  /** Position for the next page (sealed by the caller before it leaves). */
  next?: Record<string, unknown>;
}

/**
 * A page whose items each carry the position just after them, so that a
 * list filtered in the app can end on the last item it shows; `next` (where
 * the read stopped, possibly on an item the caller may not see) is only for
 * reading on.
 */
export interface PositionedPage<T> {
  items: Array<{ item: T; position: Record<string, unknown> }>;
  next?: Record<string, unknown>;
}
