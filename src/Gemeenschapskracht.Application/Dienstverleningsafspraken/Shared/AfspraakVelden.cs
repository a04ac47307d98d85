using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Wijkbudgetten.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Dienstverleningsafspraken;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Wijkbudgetten;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;

/// <summary>What a new agreement and a changed one both say: every member required (a PUT replaces the whole agreement).</summary>
public abstract record AfspraakVelden
{
    /// <summary>The wijkbudget it is paid from; the agreement is for that budget's wijk.</summary>
    public required Guid WijkbudgetId { get; init; }

    public required Guid BudgetregelId { get; init; }

    /// <summary>The opdrachtgever (or mede-opdrachtgever, or the steering voice).</summary>
    public required Guid BewonersorganisatieId { get; init; }

    /// <summary>The professional provider, e.g. a welzijnsorganisatie.</summary>
    public required Guid AanbiederId { get; init; }

    public required Opdrachtgeverschap Vorm { get; init; }

    public required SoortWerk SoortWerk { get; init; }

    /// <summary>What the work is to achieve in the wijk; never production counts (G-5).</summary>
    public required string Resultaten { get; init; }

    /// <summary>How the work is done; never production counts (G-5).</summary>
    public required string Werkwijze { get; init; }

    public required decimal UrenPerWeek { get; init; }

    /// <summary>What the work costs the budget line a year, in eurocents.</summary>
    public required long JaarprijsEurocent { get; init; }

    public required DateOnly Van { get; init; }

    public required DateOnly Tot { get; init; }

    /// <summary>The residents' say in selecting the professionals.</summary>
    public required string SelectieRecht { get; init; }

    /// <summary>The residents' say in steering the work.</summary>
    public required string SturingRecht { get; init; }

    /// <summary>The residents' say in reviewing the work.</summary>
    public required string EvaluatieRecht { get; init; }

    /// <summary>The professionals named in the agreement (may be empty).</summary>
    public required IReadOnlyList<string> Professionals { get; init; }

    public Afspraakinhoud Inhoud() => new(BewonersorganisatieId, AanbiederId, Vorm, SoortWerk, Resultaten, Werkwijze, UrenPerWeek,
        new Bedrag(JaarprijsEurocent), Van, Tot, new Zeggenschap(SelectieRecht, SturingRecht, EvaluatieRecht), Professionals);
}

/// <summary>The field rules of <see cref="AfspraakVelden"/>, G-5 at the field so the form can show it there.</summary>
public abstract class AfspraakVeldenValidator<T> : AbstractValidator<T> where T : AfspraakVelden
{
    protected AfspraakVeldenValidator()
    {
        RuleFor(c => c.WijkbudgetId).NotEmpty().WithMessage("Kies het wijkbudget waaruit de afspraak betaald wordt.");
        RuleFor(c => c.BudgetregelId).NotEmpty().WithMessage("Kies de begrotingsregel waaruit de afspraak betaald wordt.");
        RuleFor(c => c.BewonersorganisatieId).NotEmpty().WithMessage("Kies de bewonersorganisatie.");
        RuleFor(c => c.AanbiederId).NotEmpty().WithMessage("Kies de aanbieder van het professionele werk.");
        RuleFor(c => c.Vorm).IsInEnum().WithMessage("Kies de rol van de bewoners: opdrachtgever, mede-opdrachtgever of sturende stem.");
        RuleFor(c => c.SoortWerk).IsInEnum().WithMessage("Kies het soort werk.");
        LangeTekst(c => c.Resultaten, "de resultaten");
        LangeTekst(c => c.Werkwijze, "de werkwijze");
        RuleFor(c => c.UrenPerWeek).GreaterThan(0).LessThanOrEqualTo(Dienstverleningsafspraak.MeesteUrenPerWeek)
            .WithMessage($"De uren per week liggen tussen 0 en {Dienstverleningsafspraak.MeesteUrenPerWeek}.");
        RuleFor(c => c.JaarprijsEurocent).GreaterThan(0).WithMessage("De prijs per jaar is groter dan nul.").Eurocent("de prijs per jaar");
        RuleFor(c => c.Tot).GreaterThan(c => c.Van).WithMessage("De afspraak eindigt na haar begindatum.");
        LangeTekst(c => c.SelectieRecht, "de zeggenschap in de selectie");
        LangeTekst(c => c.SturingRecht, "de zeggenschap in de sturing");
        LangeTekst(c => c.EvaluatieRecht, "de zeggenschap in de evaluatie");
        RuleFor(c => c.Professionals).PresentList(20, "professionals");
        RuleForEach(c => c.Professionals).Must(p => !Tekst.IsBlank(p) && Tekst.IsSafe(p) && p.Length <= 200)
            .WithMessage("Vul de naam van elke professional in, op één regel en hoogstens 200 tekens.");
    }

    private void LangeTekst(System.Linq.Expressions.Expression<Func<T, string>> veld, string wat) =>
        RuleFor(veld).Cascade(CascadeMode.Stop)
            .Must(v => !Tekst.IsBlank(v)).WithMessage($"Vul {wat} in.")
            .Must(v => Tekst.IsSafe(v, multiline: true)).WithMessage($"{char.ToUpperInvariant(wat[0])}{wat[1..]} bevat tekens die niet zijn toegestaan.")
            .MaximumLength(4000).WithMessage($"{char.ToUpperInvariant(wat[0])}{wat[1..]} mag hoogstens 4000 tekens lang zijn.")
            .Must(v => Productietelling.Vind(v) is null)
            .WithMessage((_, v) => Productietelling.Melding($"{char.ToUpperInvariant(wat[0])}{wat[1..]}", Productietelling.Vind(v)!));
}

public static class AfspraakInvoer
{
    /// <summary>Loads the wijkbudget and checks that both parties are organisations of this gemeente.</summary>
    public static async Task<Wijkbudget> ControleerAsync(this IApplicationDbContext db, AfspraakVelden velden, CancellationToken cancellationToken)
    {
        var budget = await db.Set<Wijkbudget>().VindAsync(velden.WijkbudgetId, cancellationToken);
        var partijen = new[] { velden.BewonersorganisatieId, velden.AanbiederId };
        var soorten = await db.Set<Organisatie>().AsNoTracking().Where(o => partijen.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Soort, cancellationToken);
        if (!soorten.TryGetValue(velden.BewonersorganisatieId, out var soort))
            throw new DomainException("De bewonersorganisatie is geen organisatie in deze gemeente.");
        if (soort is not (OrganisatieSoort.Bewonersorganisatie or OrganisatieSoort.Bewonersgroep or OrganisatieSoort.Wijkopbouwpunt))
            throw new DomainException("De opdrachtgever is een organisatie van bewoners: een bewonersorganisatie, bewonersgroep of wijkopbouwpunt.");
        if (!soorten.ContainsKey(velden.AanbiederId))
            throw new DomainException("De aanbieder is geen organisatie in deze gemeente.");
        return budget;
    }
}
