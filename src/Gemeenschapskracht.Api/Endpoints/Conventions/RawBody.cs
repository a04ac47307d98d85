namespace Gemeenschapskracht.Api.Endpoints.Conventions;

/// <summary>
/// An endpoint whose body is the raw bytes of a file (an upload), not JSON. Routing answers 415 for any other
/// content type; the OpenAPI document describes the body as binary (<see cref="OpenApi.RawBodyProcessor"/>).
/// </summary>
public sealed record RawBodyMetadata(IReadOnlyList<string> ContentTypes);

public static class RawBody
{
    public static RouteHandlerBuilder AcceptsRawBody(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new RawBodyMetadata(contentTypes), new Microsoft.AspNetCore.Http.Metadata.AcceptsMetadata(contentTypes));

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes, so an oversized upload is refused without reading it all.</summary>
    public static async Task<byte[]> ReadLimitedAsync(this HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
            total += read;
        return buffer[..total];
    }
}
