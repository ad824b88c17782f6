import { useQuery } from '@tanstack/react-query';
import { isOffline } from '../api/problem';
import { load, save } from '../offline/saved';
import { useOwner } from '../auth/useRoles';

/**
 * A query whose answer is also saved on this device (per person), so the page stays readable
 * offline. `keep` trims what is saved to what must be readable offline.
 */
export function useSnapshot<T>(key: string, fetcher: () => Promise<T>, keep: (data: T) => T = (d) => d) {
  const owner = useOwner();
  const query = useQuery({
    queryKey: [key],
    queryFn: async () => {
      const data = await fetcher();
      save(owner, key, keep(data));
      return data;
    },
  });
  const saved = query.data === undefined && query.isError && isOffline(query.error) ? load<T>(owner, key) : undefined;
  return {
    data: query.data ?? saved?.data,
    savedAt: saved?.savedAt,
    error: saved ? undefined : query.error,
    isPending: query.isPending && !saved,
  };
}
