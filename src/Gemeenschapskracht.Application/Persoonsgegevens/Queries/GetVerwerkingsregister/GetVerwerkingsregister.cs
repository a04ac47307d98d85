using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Instellingen.Shared;
using Gemeenschapskracht.Application.Persoonsgegevens.Dtos;
using Gemeenschapskracht.Application.Persoonsgegevens.Shared;
using Gemeenschapskracht.Domain.Regels;
using Mediator;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.GetVerwerkingsregister;

/// <summary>
/// The register of processing activities (AVG art. 30) of the gemeente, generated from the entities that hold personal
/// data, their marked fields and the gemeente's terms: it cannot lag behind what the product stores. Accounts come first.
/// </summary>
[Authorize(Roles = $"{Roles.GemeenteBeheerder},{Roles.Auditor}")]
[Regel(Regelcatalogus.Avg30)]
public sealed record GetVerwerkingsregisterQuery : IQuery<VerwerkingsregisterDto>;

public sealed class GetVerwerkingsregisterHandler(IApplicationDbContext db, ITenantCatalogDbContext catalog, ICurrentTenant tenant, TimeProvider clock)
    : IQueryHandler<GetVerwerkingsregisterQuery, VerwerkingsregisterDto>
{
    public static readonly VerwerkingDto Accounts = new("Accounts en lidmaatschappen",
        "Inloggen en per gemeente de rollen toekennen waarmee iemand werkt.",
        "Overeenkomst (AVG art. 6 lid 1 sub b): het gebruik van het platform.", "Medewerkers, raadsleden, bewoners en professionals met een account",
        ["E-mailadres", "Naam", "Wachtwoord (als hash)", "Tweestapscode", "Rollen"],
        "Tot het account wordt opgeheven of de betrokkene om wissen vraagt en geen gemeente haar nog als lid heeft.", "ApplicationUser, Lidmaatschap");

    public async ValueTask<VerwerkingsregisterDto> Handle(GetVerwerkingsregisterQuery query, CancellationToken cancellationToken)
    {
        var gemeente = await catalog.CurrentTenantAsync(tenant, cancellationToken);
        var (beleid, _) = await db.BewaarbeleidAsync(clock, volgen: false, cancellationToken);
        var verwerkingen = Houders.Typen.Select(type =>
        {
            var v = Houders.Verwerking(type);
            return new VerwerkingDto(v.Naam, v.Doel, v.Grondslag, v.Betrokkenen, Houders.Velden(type), Bewaartermijnen.Voor(type, v, beleid), type.Name);
        });
        return new VerwerkingsregisterDto(gemeente.Name, clock.GetUtcNow(), [Accounts, .. verwerkingen]);
    }
}
