import { tiers } from '@contracts/partners';

/** The `<option>`s of a select choosing one of these by id (areas, groups…), in the order given. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** The tiers, as a select of tiers offers them (their names are the words shown). */
export const tierChoices = tiers.map((tier) => ({ id: tier, name: tier }));
