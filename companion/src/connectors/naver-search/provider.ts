/** The provider this folder speaks for, written once: the definition, the client and the errors read it. */
export const PROVIDER = 'naver-search' as const;
