package nl.spreekkamer.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.spreekkamer.platform.paging.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy PrimeFaces table model over a service search that returns one {@link Page} at a time. */
public class PageDataModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Fetches the rows from {@code first}, at most {@code max} of them. */
  @FunctionalInterface
  public interface Fetcher<T> extends Serializable {
    Page<T> fetch(int first, int max);
  }

  /** The stable key of a row, e.g. its id. */
  @FunctionalInterface
  public interface RowKey<T> extends Serializable {
    Object of(T row);
  }

  private final Fetcher<T> fetcher;
  private final RowKey<T> rowKey;

  public PageDataModel(Fetcher<T> fetcher, RowKey<T> rowKey) {
    this.fetcher = fetcher;
    this.rowKey = rowKey;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) fetcher.fetch(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = fetcher.fetch(first, pageSize);
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(rowKey.of(row));
  }

  @Override
  public T getRowData(String key) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> getRowKey(r).equals(key)).findFirst().orElse(null);
  }
}
