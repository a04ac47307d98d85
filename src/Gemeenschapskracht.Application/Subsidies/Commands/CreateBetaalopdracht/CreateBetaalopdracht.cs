using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.CreateBetaalopdracht;

/// <summary>
/// Puts every voorschot due on the execution date in one payment batch for the gemeente's financial system: unpaid,
/// not in another batch, its year's begroting adopted (Awb 4:34). A voorschot whose organisation has no bank account
/// on record is left out and listed with the reason. Two batches made at once cannot take the same voorschot (409).
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record CreateBetaalopdrachtCommand : ICommand<BetaalopdrachtDto>
{
    /// <summary>The name of the gemeente's paying account.</summary>
    public required string Opdrachtgever { get; init; }

    public required string OpdrachtgeverIban { get; init; }

    /// <summary>The day the bank is asked to pay; voorschotten dated up to this day are taken.</summary>
    public required DateOnly Uitvoerdatum { get; init; }
}

public sealed class CreateBetaalopdrachtValidator : AbstractValidator<CreateBetaalopdrachtCommand>
{
    public CreateBetaalopdrachtValidator()
    {
        RuleFor(c => c.Opdrachtgever).RequiredText("de naam van de betalende rekening", 70);
        RuleFor(c => c.OpdrachtgeverIban).RequiredText("het IBAN van de gemeente", 42)
            .Must(i => i is null || Iban.IsGeldig(i)).WithMessage("Het IBAN van de gemeente is geen geldig IBAN in het SEPA-gebied (de controle mod 97 klopt niet).");
    }
}

public sealed class CreateBetaalopdrachtHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<CreateBetaalopdrachtCommand, BetaalopdrachtDto>
{
    public async ValueTask<BetaalopdrachtDto> Handle(CreateBetaalopdrachtCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var beschikkingen = await db.Set<Beschikking>().Where(b => b.Soort == BesluitSoort.Verlening).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var budgetten = new Dictionary<Guid, Wijkbudget>();
        foreach (var regelingId in beschikkingen.Select(b => b.RegelingId).Distinct())
            budgetten[regelingId] = await db.BudgetVanAsync(regelingId, cancellationToken);
        var organisatieIds = beschikkingen.Select(b => b.OrganisatieId).Distinct().ToList();
        var rekeningen = await db.Set<Organisatie>().AsNoTracking().Where(o => organisatieIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.Naam, o.Iban, o.Tenaamstelling), cancellationToken);

        var regels = new List<Betaalregel>();
        var overgeslagen = new List<OvergeslagenVoorschotDto>();
        foreach (var beschikking in beschikkingen)
        {
            var rekening = rekeningen.GetValueOrDefault(beschikking.OrganisatieId, ("een organisatie die niet meer in het register staat", null, null));
            foreach (var voorschot in beschikking.Voorschotten.Where(v => beschikking.IsBetaalbaar(v, budgetten[beschikking.RegelingId], command.Uitvoerdatum)))
            {
                if (rekening.Iban is null || !Iban.IsGeldig(rekening.Iban))
                    overgeslagen.Add(new OvergeslagenVoorschotDto(beschikking.Id, beschikking.Kenmerk, voorschot.Nummer, rekening.Naam,
                        "Van deze organisatie is geen geldig IBAN bekend; zij of de gemeente legt het vast bij de organisatie."));
                else
                    regels.Add(new Betaalregel(beschikking.Id, beschikking.Kenmerk, voorschot.Nummer, rekening.Tenaamstelling ?? rekening.Naam, rekening.Iban, voorschot.Bedrag));
            }
        }
        if (regels.Count == 0)
            throw new DomainException(overgeslagen.Count == 0
                ? $"Er staan op {command.Uitvoerdatum:dd-MM-yyyy} geen voorschotten klaar om te betalen."
                : $"Er staan {overgeslagen.Count} voorschotten klaar, maar van geen van de organisaties is een geldig IBAN bekend.");

        var opdracht = new Betaalopdracht(command.Opdrachtgever, command.OpdrachtgeverIban, command.Uitvoerdatum, regels, now);
        foreach (var regel in regels)
        {
            var beschikking = beschikkingen.First(b => b.Id == regel.BeschikkingId);
            beschikking.NeemOpIn(opdracht.Id, regel.VoorschotNummer, budgetten[beschikking.RegelingId], now);
        }
        db.Set<Betaalopdracht>().Add(opdracht);
        await db.SaveChangesAsync(cancellationToken);
        return opdracht.ToDto(overgeslagen);
    }
}
