/** One open hand, fingers up, thumb to the side. */
function Hand() {
  return (
    <>
      <rect x="5" y="24" width="14" height="15" rx="5" />
      <rect x="5" y="12" width="3" height="15" rx="1.5" />
      <rect x="8.7" y="9" width="3" height="17" rx="1.5" />
      <rect x="12.4" y="10" width="3" height="16" rx="1.5" />
      <rect x="16" y="14" width="3" height="13" rx="1.5" />
      <rect x="17" y="26" width="3" height="10" rx="1.5" transform="rotate(-40 18.5 31)" />
    </>
  );
}

/**
 * Two signing hands with motion marks: Ortstermin's own DGS pictogram (the known logos need a
 * licence). Decorative: the words beside it say what the link is.
 */
export function DgsPictogram() {
  return (
    <svg class="dgs-pictogram" viewBox="0 0 48 48" width="40" height="40" aria-hidden="true">
      <g fill="currentColor">
        <g transform="rotate(-12 12 30)">
          <Hand />
        </g>
        <g transform="translate(48 0) scale(-1 1) rotate(-12 12 30)">
          <Hand />
        </g>
      </g>
      <g fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round">
        <path d="M4 5 q-3 5 -1 10" />
        <path d="M44 5 q3 5 1 10" />
      </g>
    </svg>
  );
}
