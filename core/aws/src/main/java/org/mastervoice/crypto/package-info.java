/** Password hashing with BouncyCastle (Argon2id), behind the domain's PasswordHasher port. */
package org.mastervoice.crypto;
