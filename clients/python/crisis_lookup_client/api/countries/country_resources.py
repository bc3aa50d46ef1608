from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lookup_answer import LookupAnswer
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    lang: str | Unset = UNSET,
    topics: str | Unset = UNSET,
    channels: str | Unset = UNSET,
    audiences: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["lang"] = lang

    params["topics"] = topics

    params["channels"] = channels

    params["audiences"] = audiences

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/countries/{code}/resources".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LookupAnswer | Problem | None:
    if response.status_code == 200:
        response_200 = LookupAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    code: str,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    topics: str | Unset = UNSET,
    channels: str | Unset = UNSET,
    audiences: str | Unset = UNSET,
) -> Response[LookupAnswer | Problem]:
    """`GET /v1/countries/{code}/resources?lang=xx&topics=a,b`: the country's
    lines rendered exactly as a lookup renders them.

    Args:
        code (str):
        lang (str | Unset):
        topics (str | Unset):
        channels (str | Unset):
        audiences (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupAnswer | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        lang=lang,
        topics=topics,
        channels=channels,
        audiences=audiences,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    topics: str | Unset = UNSET,
    channels: str | Unset = UNSET,
    audiences: str | Unset = UNSET,
) -> LookupAnswer | Problem | None:
    """`GET /v1/countries/{code}/resources?lang=xx&topics=a,b`: the country's
    lines rendered exactly as a lookup renders them.

    Args:
        code (str):
        lang (str | Unset):
        topics (str | Unset):
        channels (str | Unset):
        audiences (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupAnswer | Problem
    """

    return sync_detailed(
        code=code,
        client=client,
        lang=lang,
        topics=topics,
        channels=channels,
        audiences=audiences,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    topics: str | Unset = UNSET,
    channels: str | Unset = UNSET,
    audiences: str | Unset = UNSET,
) -> Response[LookupAnswer | Problem]:
    """`GET /v1/countries/{code}/resources?lang=xx&topics=a,b`: the country's
    lines rendered exactly as a lookup renders them.

    Args:
        code (str):
        lang (str | Unset):
        topics (str | Unset):
        channels (str | Unset):
        audiences (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LookupAnswer | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        lang=lang,
        topics=topics,
        channels=channels,
        audiences=audiences,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    lang: str | Unset = UNSET,
    topics: str | Unset = UNSET,
    channels: str | Unset = UNSET,
    audiences: str | Unset = UNSET,
) -> LookupAnswer | Problem | None:
    """`GET /v1/countries/{code}/resources?lang=xx&topics=a,b`: the country's
    lines rendered exactly as a lookup renders them.

    Args:
        code (str):
        lang (str | Unset):
        topics (str | Unset):
        channels (str | Unset):
        audiences (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LookupAnswer | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            lang=lang,
            topics=topics,
            channels=channels,
            audiences=audiences,
        )
    ).parsed
