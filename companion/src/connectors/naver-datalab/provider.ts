/** DataLab is called with the Naver Search keys: its connection is Naver Search's. */
export const PROVIDER = 'naver-search' as const;
