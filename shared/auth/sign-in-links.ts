/**
 * Sending a sign-in link after the answer, not before it. The request for a
 * link only hands the address over; looking the member up, storing a token
 * and sending the email happen afterwards, so the answer costs the same
 * whether or not the address is a member's (QUALITY 19). Locally the server
 * does it in its own process; on AWS the web function invokes the sign-in
 * link function asynchronously.
 */

/** One request for a link: the address asked for, and the client (source address) that asked. */
export interface SignInLinkRequest {
  email: string;
  client: string;
}

export interface SignInLinkQueue {
  enqueue(request: SignInLinkRequest): Promise<void>;
}
