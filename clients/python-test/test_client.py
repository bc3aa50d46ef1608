"""The generated Python client against a real crisis-lookup server at CRISIS_LOOKUP_URL
(scripts/clients starts one). Standard library unittest; the client needs httpx and attrs."""

import os
import unittest

from crisis_lookup_client import Client
from crisis_lookup_client.api.countries import list_countries
from crisis_lookup_client.api.lookup import post_lookup
from crisis_lookup_client.models import LookupAnswer, LookupRequest, Problem

URL = os.environ.get("CRISIS_LOOKUP_URL", "http://127.0.0.1:8080")


class GeneratedClient(unittest.TestCase):
    def setUp(self) -> None:
        # docs/CLIENTS.md advises 300 ms in production; a CI machine gets 3 s.
        self.client = Client(base_url=URL, timeout=3.0)

    def tearDown(self) -> None:
        self.client.get_httpx_client().close()

    def test_a_dutch_message_from_belgium_gets_zelfmoordlijn_1813_first_with_its_referral(self) -> None:
        answer = post_lookup.sync(
            client=self.client,
            body=LookupRequest(
                message="ik weet het echt niet meer, ik wil niet meer leven", country="BE"
            ),
        )
        self.assertIsInstance(answer, LookupAnswer)
        assert isinstance(answer, LookupAnswer)
        self.assertEqual(answer.language.code, "nl")
        self.assertEqual(answer.text.lang, "nl")
        self.assertEqual(answer.resources[0].id, "be-zelfmoordlijn-1813")
        self.assertIn("1813", answer.text.message)
        self.assertTrue(answer.referral.crisis_line)
        self.assertTrue(answer.referral.emergency_number)

    def test_a_body_that_is_not_json_is_a_typed_problem(self) -> None:
        response = self.client.get_httpx_client().post(
            "/v1/lookup", content=b"{not json", headers={"content-type": "application/json"}
        )
        self.assertEqual(response.status_code, 400)
        problem = Problem.from_dict(response.json())
        self.assertEqual(problem.code, "invalid-json")

    def test_every_country_has_an_emergency_block(self) -> None:
        countries = list_countries.sync(client=self.client)
        assert countries is not None
        self.assertGreaterEqual(len(countries), 200)
        self.assertTrue(all(country.emergency is not None for country in countries))


if __name__ == "__main__":
    unittest.main()
