using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Documents;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Persoonsgegevens.Commands.AnonimiseerBetrokkene;
using Gemeenschapskracht.Application.Persoonsgegevens.Commands.UpdateBewaarbeleid;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetBewaarbeleid;
using Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetInzage;
using Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetInzageDocument;
using Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetVerwerkingsregister;
using Gemeenschapskracht.Application.Persoonsgegevens.Queries.ListAnonimiseringen;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// The AVG: access to and erasure of a person's data, the gemeente's retention terms and its register of processing
/// activities. The person is always named in the body, never in the URL, so no address reaches a log.
/// </summary>
public sealed class PersoonsgegevensEndpoints : IEndpointGroup
{
    public string Route => "persoonsgegevens";

    public string Tag => "Persoonsgegevens";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapPost("/inzage", GetInzage).Named()
            .WithSummary("Alles wat de gemeente over een persoon vastlegt, per verwerking (AVG art. 15 en 20)");
        group.MapPost("/inzage/document", GetInzageDocument).Named().Produces(StatusCodes.Status200OK, contentType: DocumentFile.ContentType)
            .WithSummary("Hetzelfde overzicht als leesbare PDF voor de betrokkene");
        group.MapPost("/anonimiseringen", AnonimiseerBetrokkene).Named()
            .WithSummary("Een persoon wissen: in elke vastlegging vervangen door één pseudoniem; wat de wet laat bewaren blijft (AVG art. 17)");
        group.MapGet("/anonimiseringen", ListAnonimiseringen).Named().RequiresRole()
            .WithSummary("De uitgevoerde anonimiseringen, de nieuwste eerst (zonder wie het betrof)");
        group.MapGet("/verwerkingsregister", GetVerwerkingsregister).Named().RequiresRole()
            .WithSummary("Het register van verwerkingen van de gemeente, gegenereerd uit het model (AVG art. 30)");
        group.MapGet("/bewaarbeleid", GetBewaarbeleid).Named().RequiresRole()
            .WithSummary("De bewaartermijnen van de gemeente (of de standaard van het platform)");
        group.MapPut("/bewaarbeleid", UpdateBewaarbeleid).Named()
            .WithSummary("De bewaartermijnen vastleggen (alle velden opgeven); de dagelijkse taak past ze toe");
    }

    public static async Task<Ok<InzageDto>> GetInzage(IMediator mediator, GetInzageQuery query, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    public static async Task<FileContentHttpResult> GetInzageDocument(IMediator mediator, GetInzageDocumentQuery query, CancellationToken ct)
    {
        var document = await mediator.Send(query, ct);
        return TypedResults.File(document.Content, DocumentFile.ContentType, document.FileName);
    }

    public static async Task<Ok<AnonimiseringDto>> AnonimiseerBetrokkene(IMediator mediator, AnonimiseerBetrokkeneCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    public static async Task<Ok<PagedList<AnonimiseringDto>>> ListAnonimiseringen(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize)
    {
        var result = await mediator.Send(new ListAnonimiseringenQuery(page, pageSize), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<VerwerkingsregisterDto>> GetVerwerkingsregister(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetVerwerkingsregisterQuery(), ct));

    public static async Task<Ok<BewaarbeleidDto>> GetBewaarbeleid(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBewaarbeleidQuery(), ct));

    public static async Task<Ok<BewaarbeleidDto>> UpdateBewaarbeleid(IMediator mediator, UpdateBewaarbeleidCommand command, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));
}
