/** The API's shortest password: every form that sets one checks it before sending. */
export const MIN_PASSWORD_LENGTH = 10;
