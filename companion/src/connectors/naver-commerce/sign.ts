/**
 * Commerce API token signature: base64(bcrypt(password = "{clientId}_{timestamp}", salt = client
 * secret)). The result begins with the secret itself (bcrypt puts the salt first), so it is as
 * secret as the secret: never log it.
 */
import bcrypt from 'bcryptjs';

export function signCommerce(clientId: string, clientSecret: string, timestamp: number): string {
  return Buffer.from(bcrypt.hashSync(`${clientId}_${timestamp}`, clientSecret), 'utf8').toString('base64');
}

/** A client secret must be a bcrypt salt: "$2a$" (or $2b$/$2y$), two cost digits, 22 salt characters. */
export function isBcryptSalt(secret: string): boolean {
  return /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{22}/.test(secret);
}
