/**
 * husk's version, the one every part reports: the shim's -v, -info and Connect, and the
 * guest agent's Version and GetGuestDetails. A unit test keeps it equal to package.json's.
 */
export const HUSK_VERSION = '0.1.0';
