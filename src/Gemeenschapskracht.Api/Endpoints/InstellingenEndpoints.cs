using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Application.Instellingen.Commands.DeleteLogo;
using Gemeenschapskracht.Application.Instellingen.Commands.UpdateThema;
using Gemeenschapskracht.Application.Instellingen.Commands.UploadLogo;
using Gemeenschapskracht.Application.Instellingen.Dtos;
using Gemeenschapskracht.Application.Instellingen.Queries.GetInstellingen;
using Gemeenschapskracht.Application.Instellingen.Queries.GetLogo;
using Gemeenschapskracht.Domain.Tenants;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>The gemeente's look: theme and logo, public to read, the gemeente-beheerder's to change.</summary>
public sealed class InstellingenEndpoints : IEndpointGroup
{
    public string Route => "instellingen";

    public string Tag => "Instellingen";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", GetInstellingen).Named().WithSummary("Naam, thema en logo van de gemeente");
        group.MapPut("", UpdateThema).Named().RequiresRole().WithSummary("Het thema van de gemeente kiezen");
        group.MapGet("/logo", GetLogo).Named().WithSummary("Het logo van de gemeente")
            .Produces(StatusCodes.Status200OK, contentType: TenantLogo.ContentTypes[0], additionalContentTypes: TenantLogo.ContentTypes[1..]);
        group.MapPut("/logo", UploadLogo).Named().RequiresRole().AcceptsRawBody(TenantLogo.ContentTypes)
            .ProducesProblems(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Het logo vervangen (PNG, JPEG of WebP, hoogstens 256 KB, de bytes van het bestand als de body)");
        group.MapDelete("/logo", DeleteLogo).Named().RequiresRole().WithSummary("Het logo verwijderen");
    }

    public static async Task<Ok<InstellingenDto>> GetInstellingen(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetInstellingenQuery(), ct));

    public static async Task<Ok<InstellingenDto>> UpdateThema(IMediator mediator, UpdateThemaCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    public static async Task<FileContentHttpResult> GetLogo(IMediator mediator, CancellationToken ct)
    {
        var logo = await mediator.Send(new GetLogoQuery(), ct);
        return TypedResults.File(logo.Data, logo.ContentType, lastModified: logo.GewijzigdOp);
    }

    public static async Task<Ok<InstellingenDto>> UploadLogo(IMediator mediator, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UploadLogoCommand(await request.ReadLimitedAsync(TenantLogo.MaxBytes, ct)), ct));

    public static async Task<NoContent> DeleteLogo(IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteLogoCommand(), ct);
        return TypedResults.NoContent();
    }
}
