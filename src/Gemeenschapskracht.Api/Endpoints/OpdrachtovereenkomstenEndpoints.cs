using Gemeenschapskracht.Api.Endpoints.Conventions;
using Gemeenschapskracht.Api.Web;
using Gemeenschapskracht.Application.Common.Paging;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Commands.CreateOpdrachtovereenkomst;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Commands.RecordOpdrachtfactuur;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Commands.UpdateOpdrachtovereenkomst;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Dtos;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Queries.GetOpdrachtovereenkomst;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Queries.ListOpdrachtovereenkomsten;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gemeenschapskracht.Api.Endpoints;

/// <summary>
/// Route step 5: contracts of hosted groups with local zzp'ers (R5.5). The host's back office records scope, hours,
/// rate and period; an invoice is checked against its contract and then paid as a declaratie, with the same four eyes
/// and payment batch (<see cref="DeclaratiesEndpoints"/>).
/// </summary>
public sealed class OpdrachtovereenkomstenEndpoints : IEndpointGroup
{
    public string Route => "opdrachtovereenkomsten";

    public string Tag => "Opdrachtovereenkomsten";

    public TenantScope Tenant => TenantScope.Gemeente;

    public void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListOpdrachtovereenkomsten).Named().RequiresRole()
            .WithSummary("De opdrachten aan zzp'ers die u mag lezen (de backoffice die van haar host, een groep de eigen), met wat gefactureerd is");
        group.MapGet("/{id:guid}", GetOpdrachtovereenkomst).Named().RequiresRole().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Eén opdracht met haar facturen en de resterende uren");
        group.MapPost("", CreateOpdrachtovereenkomst).Named().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Een opdracht aan een zzp'er vastleggen: wat, hoeveel uur, tegen welk tarief, in welke periode");
        group.MapPut("/{id:guid}", UpdateOpdrachtovereenkomst).Named().ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("De voorwaarden van een opdracht wijzigen (alle velden opgeven); wat gefactureerd is, blijft erbinnen");
        // The form is no command bound as the body, so the endpoint says who may send it: nobody else's form is read.
        group.MapPost("/{id:guid}/facturen", RecordOpdrachtfactuur).Named()
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = DeclaratieQueries.Indieners })
            .RequiresRole().Accepts<OpdrachtfactuurFormulier>("multipart/form-data")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Een factuur van de zzp'er (PDF of foto, hoogstens 10 MB) als formulier: getoetst aan de opdracht en meteen ingediend als declaratie");
    }

    public static async Task<Ok<PagedList<OpdrachtovereenkomstDto>>> ListOpdrachtovereenkomsten(IMediator mediator, HttpContext http, int page = 1,
        int pageSize = Paging.DefaultPageSize, Guid? administratieId = null)
    {
        var result = await mediator.Send(new ListOpdrachtovereenkomstenQuery(page, pageSize, administratieId), http.RequestAborted);
        http.AddLinkHeader(result);
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<OpdrachtovereenkomstDto>> GetOpdrachtovereenkomst(IMediator mediator, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetOpdrachtovereenkomstQuery(id), ct));

    public static async Task<Created<OpdrachtovereenkomstDto>> CreateOpdrachtovereenkomst(IMediator mediator, CreateOpdrachtovereenkomstCommand command,
        CancellationToken ct)
    {
        var opdracht = await mediator.Send(command, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/opdrachtovereenkomsten/{opdracht.Id}", opdracht);
    }

    public static async Task<Ok<OpdrachtovereenkomstDto>> UpdateOpdrachtovereenkomst(IMediator mediator, Guid id, UpdateOpdrachtovereenkomstCommand command,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    public static async Task<Created<DeclaratieDto>> RecordOpdrachtfactuur(IMediator mediator, HttpRequest request, Guid id, CancellationToken ct)
    {
        var form = await FormulierLezer.LeesAsync(request, ct);
        var factuurdatum = form.Datum("factuurdatum", "de factuurdatum (jjjj-mm-dd)");
        var van = form.Datum("periodeVan", "het begin van de gefactureerde periode (jjjj-mm-dd)");
        var tot = form.Datum("periodeTot", "het einde van de gefactureerde periode (jjjj-mm-dd)");
        var uren = form.Getal("uren", "het aantal uren (bijvoorbeeld 12.5)");
        var exclusief = form.Eurocent("bedragExclusiefEurocent", "het bedrag zonder btw in eurocent");
        var btw = form.Eurocent("btwEurocent", "de btw in eurocent");
        var bestand = await form.BestandAsync("factuur", "de factuur", true, Bonnetje.MaxBytes, ct);
        form.ControleerGeldig();
        var declaratie = await mediator.Send(new RecordOpdrachtfactuurCommand
        {
            OpdrachtovereenkomstId = id,
            Factuurnummer = form.Tekst("factuurnummer"),
            Factuurdatum = factuurdatum!.Value,
            PeriodeVan = van!.Value,
            PeriodeTot = tot!.Value,
            Uren = uren!.Value,
            BedragExclusiefEurocent = exclusief!.Value,
            BtwEurocent = btw!.Value,
            BestandNaam = bestand!.Value.Naam,
            Bestand = bestand.Value.Inhoud,
        }, ct);
        return TypedResults.Created($"{OpenApi.NlApiDesignRules.BasePath}/declaraties/{declaratie.Id}", declaratie);
    }
}

/// <summary>The form an invoice under a contract is sent as (multipart/form-data), as the OpenAPI document describes it.</summary>
public sealed record OpdrachtfactuurFormulier(
    string Factuurnummer, DateOnly Factuurdatum, DateOnly PeriodeVan, DateOnly PeriodeTot, decimal Uren, long BedragExclusiefEurocent, long BtwEurocent,
    IFormFile Factuur);
