/**
 * How a village reached counts, over the answers on its activities (`c` the answer, `a` the activity): confirmed
 * on any of them, else disputed on any (still open or kept by the lead; a dispute the lead answered by verifying
 * again does not count), else unanswered. The dashboard's share and the reports count by these same words.
 */
export const VILLAGE_CONFIRMED_SQL = `coalesce(bool_or(c.answer = 'CONFIRMED'), FALSE)`;
export const VILLAGE_DISPUTED_SQL = `coalesce(bool_or(c.answer = 'DISPUTED' AND NOT (a.verified_at > c.answered_at)), FALSE)`;
