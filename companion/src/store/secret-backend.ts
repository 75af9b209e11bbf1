/** Where the vault keeps sealed entries: the encrypted file, or the OS keychain. */
export interface SecretBackend {
  readonly kind: 'file' | 'keychain';
  get(slot: string): Promise<string | null>;
  set(slot: string, value: string): Promise<void>;
  delete(slot: string): Promise<void>;
}
