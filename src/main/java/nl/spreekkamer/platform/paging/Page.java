package nl.spreekkamer.platform.paging;

import java.util.List;

/** One page of a longer list, with the total count for the paginator. */
public record Page<T>(List<T> items, long total, int first, int max) {
  public static final int MAX_PAGE_SIZE = 100;

  /** Clamps paging input from users to sane bounds. */
  public static int[] bounds(Integer first, Integer max) {
    int f = first == null || first < 0 ? 0 : first;
    int m = max == null || max < 1 ? 25 : Math.min(max, MAX_PAGE_SIZE);
    return new int[] {f, m};
  }
}
