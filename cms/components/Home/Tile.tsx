// One counted list on the home screen: the number large, what it counts below,
// the whole tile a link to the list. Overdue work that exists is outlined in
// the admin's error colour, so it is found at a glance (and said in words).
export type TileData = { label: string; href: string; count: number; alarm?: boolean };

export const Tile = ({ label, href, count, alarm }: TileData) => (
  <li style={{ listStyle: 'none' }}>
    <a
      href={href}
      className="desk-home__tile"
      style={{
        display: 'block',
        padding: 'calc(var(--base) * 0.6) calc(var(--base) * 0.8)',
        border: `1px solid ${alarm && count > 0 ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)'}`,
        borderRadius: 'var(--style-radius-m, 4px)',
        background: 'var(--theme-elevation-50)',
        color: 'var(--theme-text)',
        textDecoration: 'none',
        height: '100%',
      }}
    >
      <span style={{ display: 'block', fontSize: '2rem', fontWeight: 600, lineHeight: 1.2 }}>{count}</span>
      <span>{label}</span>
    </a>
  </li>
);

export const TileGrid = ({
  title,
  tiles,
  more,
}: {
  title: string;
  tiles: TileData[];
  more?: { href: string; label: string };
}) => (
  <section aria-label={title} style={{ marginBottom: 'calc(var(--base) * 1.2)' }}>
    <h2 style={{ fontSize: '1.25rem', marginBottom: 'calc(var(--base) / 2)' }}>{title}</h2>
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
        gap: 'calc(var(--base) / 2)',
        padding: 0,
        margin: 0,
      }}
    >
      {tiles.map((tile) => (
        <Tile key={tile.label} {...tile} />
      ))}
    </ul>
    {more && (
      <p style={{ marginTop: 'calc(var(--base) / 2)' }}>
        <a href={more.href}>{more.label}</a>
      </p>
    )}
  </section>
);
