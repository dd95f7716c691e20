/**
 * The client benchmark's server, in a child process so it does not share the
 * clients' event loop: answers every request on 127.0.0.1 with the same
 * GetUser response, and sends `{ port }` to the parent once listening. Asked
 * with any message, it answers `{ cpuMicros }`, the CPU time it has used, so
 * the parent can tell whether the server limited a round.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const body = Buffer.from(
  JSON.stringify({
    User: {
      UserId: "1ab2345c-67de-8901-f23g-45h678901j2k",
      AccountId: "12a3456b-7c89-012d-3456-78901e23fg45",
      PrimaryEmail: "user1@example.com",
      DisplayName: "user1",
      LicenseType: "Pro",
      UserRegistrationStatus: "Registered",
      RegisteredOn: "2018-12-20T18:45:25.231Z",
      PersonalPIN: "XXXXXXXXXX",
    },
  }),
);
const headers = {
  "content-type": "application/json",
  "content-length": String(body.length),
  "x-amzn-requestid": "bench-request",
};

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, headers);
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on("message", () => {
  const { user, system } = process.cpuUsage();
  process.send?.({ cpuMicros: user + system });
});
