from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lookup_answer import LookupAnswer
from ...models.lookup_request import LookupRequest
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: LookupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/lookup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LookupAnswer | Problem | None:
    if response.status_code == 200:
        response_200 = LookupAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LookupAnswer | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> Response[LookupAnswer | Problem]:
    """`POST /v1/lookup`. The body is read as bytes and parsed here so that a
    refused body is answered without quoting it.

    Args:
        body (LookupRequest): `POST /v1/lookup`'s body. Every field is optional. Example:
            {'message': 'ik weet het echt niet meer, ik wil niet meer leven', 'locale': 'nl-BE',
            'country': 'BE', 'accept_language': 'nl-BE,nl;q=0.9,en;q=0.5', 'topics': ['suicide'],
            'channels': ['phone', 'chat']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupAnswer | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> LookupAnswer | Problem | None:
    """`POST /v1/lookup`. The body is read as bytes and parsed here so that a
    refused body is answered without quoting it.

    Args:
        body (LookupRequest): `POST /v1/lookup`'s body. Every field is optional. Example:
            {'message': 'ik weet het echt niet meer, ik wil niet meer leven', 'locale': 'nl-BE',
            'country': 'BE', 'accept_language': 'nl-BE,nl;q=0.9,en;q=0.5', 'topics': ['suicide'],
            'channels': ['phone', 'chat']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupAnswer | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> Response[LookupAnswer | Problem]:
    """`POST /v1/lookup`. The body is read as bytes and parsed here so that a
    refused body is answered without quoting it.

    Args:
        body (LookupRequest): `POST /v1/lookup`'s body. Every field is optional. Example:
            {'message': 'ik weet het echt niet meer, ik wil niet meer leven', 'locale': 'nl-BE',
            'country': 'BE', 'accept_language': 'nl-BE,nl;q=0.9,en;q=0.5', 'topics': ['suicide'],
            'channels': ['phone', 'chat']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupAnswer | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupRequest,
) -> LookupAnswer | Problem | None:
    """`POST /v1/lookup`. The body is read as bytes and parsed here so that a
    refused body is answered without quoting it.

    Args:
        body (LookupRequest): `POST /v1/lookup`'s body. Every field is optional. Example:
            {'message': 'ik weet het echt niet meer, ik wil niet meer leven', 'locale': 'nl-BE',
            'country': 'BE', 'accept_language': 'nl-BE,nl;q=0.9,en;q=0.5', 'topics': ['suicide'],
            'channels': ['phone', 'chat']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupAnswer | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
