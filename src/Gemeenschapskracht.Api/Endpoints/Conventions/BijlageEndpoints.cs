using Gemeenschapskracht.Application.Bijlagen.Commands.UploadBijlage;
using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.Bijlagen.Queries.GetBijlage;
using Gemeenschapskracht.Application.Bijlagen.Queries.ListBijlagen;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints.Conventions;

/// <summary>
/// The attachments of a thing of the route (beleidskader, wijkbeeld, BuurtTop): the same three endpoints under
/// <c>/{id}/bijlagen</c>. Each group keeps its own named handlers, because their names are the operationIds and the
/// generated client's methods; those handlers are one line each, calling the methods here.
/// </summary>
public static class BijlageEndpoints
{
    /// <param name="lijstSamenvatting">Who sees the list, in the group's words.</param>
    // These three handlers arrive as delegates, so the request delegate generator cannot see them (RDG002): their
    // request delegates are built at start-up, as the framework does without the generator.
#pragma warning disable RDG002
    public static void MapBijlagen(this RouteGroupBuilder group, Delegate lijst, Delegate download, Delegate plaats, string lijstSamenvatting)
    {
        group.MapGet("/{id:guid}/bijlagen", lijst).Named().ProducesProblems(StatusCodes.Status404NotFound).WithSummary(lijstSamenvatting);
        group.MapGet("/{id:guid}/bijlagen/{bijlageId:guid}", download).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status200OK, contentType: Bijlage.Toegestaan[0], additionalContentTypes: [.. Bijlage.Toegestaan.Skip(1)])
            .WithSummary("Eén bijlage downloaden");
        group.MapPost("/{id:guid}/bijlagen", plaats).Named().RequiresRole().AcceptsRawBody([.. Bijlage.Toegestaan])
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Een bijlage plaatsen: de bytes van een PDF, PNG, JPEG of WebP (hoogstens 10 MB) als de body, de bestandsnaam als ?naam=");
    }
#pragma warning restore RDG002

    public static async Task<Ok<IReadOnlyList<BijlageDto>>> LijstAsync(IMediator mediator, Onderwerp onderwerp, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListBijlagenQuery(onderwerp, id), ct));

    public static async Task<FileContentHttpResult> DownloadAsync(IMediator mediator, Onderwerp onderwerp, Guid id, Guid bijlageId, CancellationToken ct)
    {
        var bestand = await mediator.Send(new GetBijlageQuery(onderwerp, id, bijlageId), ct);
        return TypedResults.File(bestand.Inhoud, bestand.ContentType, bestand.Naam, lastModified: bestand.GeplaatstOp);
    }

    /// <param name="route">The group's route (<c>wijkbeelden</c>), for the new attachment's address.</param>
    public static async Task<Created<BijlageDto>> PlaatsAsync(IMediator mediator, HttpRequest request, Onderwerp onderwerp, string route, Guid id, string naam,
        CancellationToken ct)
    {
        var inhoud = await request.ReadLimitedAsync(Bijlage.MaxBytes, ct);
        var bijlage = await mediator.Send(new UploadBijlageCommand(onderwerp, id, naam, inhoud, request.ContentType?.Split(';')[0].Trim() ?? ""), ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/{route}/{id}/bijlagen/{bijlage.Id}", bijlage);
    }
}
