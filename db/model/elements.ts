// Chemical element symbols a material may list (all 118), so "Nd" is accepted and "Nx" is not.
export const ELEMENT_SYMBOLS: readonly string[] = (
  'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr ' +
  'Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm ' +
  'Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No ' +
  'Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og'
).split(' ');

const symbolSet = new Set(ELEMENT_SYMBOLS);
export function isElementSymbol(symbol: string): boolean {
  return symbolSet.has(symbol);
}

/** The rare-earth elements (lanthanides plus Sc and Y), for filters and highlighting. */
export const RARE_EARTHS: readonly string[] =
  'Sc Y La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu'.split(' ');

/**
 * The heavy rare earths, gadolinium to lutetium plus yttrium (the usual split; samarium and
 * europium are sometimes called medium). A ban on "heavy rare-earth exports" stops every
 * material that carries one: oxides, metals, and the alloys, magnets and parts made with them.
 */
export const HEAVY_RARE_EARTHS: readonly string[] = 'Y Gd Tb Dy Ho Er Tm Yb Lu'.split(' ');
