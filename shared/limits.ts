/** Limits shared by schemas and UI, so a form can say what the server will enforce. Plain values: no zod on the first page. */
export const limits = {
  id: 64,
  title: 200,
  abstract: 4000,
  announcement: 1000,
  reason: 300,
  name: 120,
  /** What a search field takes, and `GET /api/library?q=` reads. */
  searchQuery: 200,
} as const;
