// Okabe–Ito colours: told apart with the common kinds of colour blindness, and
// readable on the admin's light and dark themes.
export const palette = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  purple: '#CC79A7',
  orange: '#E69F00',
  grey: '#999999',
} as const;
