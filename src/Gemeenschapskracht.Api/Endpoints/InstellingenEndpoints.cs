using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Instellingen;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The gemeente's look: theme and logo, public to read, the gemeente-beheerder's to change.</summary>
public static class InstellingenEndpoints
{
    public static void MapInstellingen(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/instellingen").WithTags("Instellingen").AddEndpointFilter<RequireTenantFilter>();

        group.MapGet("", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInstellingenQuery(), ct)))
            .WithName("GetInstellingen").WithSummary("Naam, thema en logo van de gemeente")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPut("", async (IMediator mediator, ThemaKeuze body, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateThemaCommand(body.Thema ?? ""), ct)))
            .WithName("UpdateThema").WithSummary("Het thema van de gemeente kiezen")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);

        group.MapGet("/logo", async (IMediator mediator, CancellationToken ct) =>
            {
                var logo = await mediator.Send(new GetLogoQuery(), ct);
                return TypedResults.File(logo.Data, logo.ContentType, lastModified: logo.GewijzigdOp);
            })
            .WithName("GetLogo").WithSummary("Het logo van de gemeente")
            .Produces(StatusCodes.Status200OK, contentType: "image/png", additionalContentTypes: ["image/jpeg", "image/webp"])
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        group.MapPut("/logo", async (IMediator mediator, HttpRequest request, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UploadLogoCommand(await ReadLimitedAsync(request, ct)), ct)))
            .WithName("UploadLogo").WithSummary("Het logo vervangen (PNG, JPEG of WebP, hoogstens 256 KB, als de body)")
            .Accepts<byte[]>("image/png", "image/jpeg", "image/webp")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);

        group.MapDelete("/logo", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteLogoCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteLogo").WithSummary("Het logo verwijderen")
            .ProducesStandardProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    /// <summary>Reads at most one byte more than a logo may have, so an oversized upload is refused without reading it all.</summary>
    private static async Task<byte[]> ReadLimitedAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = new byte[TenantLogo.MaxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(total), ct)) > 0)
            total += read;
        return buffer[..total];
    }
}
