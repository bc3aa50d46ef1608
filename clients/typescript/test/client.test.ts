// Runs against a real crisis-lookup server at CRISIS_LOOKUP_URL (scripts/clients starts one).
import assert from "node:assert/strict";
import { test } from "node:test";
import { client, crisisLookup, fallback } from "../src/index";

const url = process.env.CRISIS_LOOKUP_URL ?? "http://127.0.0.1:8080";

test("a Dutch message from Belgium gets Zelfmoordlijn 1813 first, in Dutch, with its referral", async () => {
  const answer = await crisisLookup(client(url), {
    message: "ik weet het echt niet meer, ik wil niet meer leven",
    country: "BE",
  });
  assert.ok(!("fallback" in answer), "the service answered");
  if ("fallback" in answer) return;
  assert.equal(answer.language.code, "nl");
  assert.equal(answer.text.lang, "nl");
  assert.equal(answer.resources[0]?.id, "be-zelfmoordlijn-1813");
  assert.match(answer.text.message, /1813/);
  assert.equal(answer.referral.crisis_line, true);
  assert.equal(answer.referral.emergency_number, true);
});

test("a hint the service cannot read is named in warnings, and the answer still comes", async () => {
  const answer = await crisisLookup(client(url), { country: "Belgium" });
  if ("fallback" in answer) assert.fail("the service answered");
  assert.deepEqual(
    answer.warnings.map((w) => w.code),
    ["invalid-country"],
  );
  assert.ok(answer.international.length > 0);
});

test("an unreachable service gives the static fallback, never an exception", async () => {
  const answer = await crisisLookup(client("http://127.0.0.1:9"), { message: "help" }, 300);
  assert.deepEqual(answer, fallback());
});
