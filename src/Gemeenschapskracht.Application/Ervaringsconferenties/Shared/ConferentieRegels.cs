using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Ervaringsconferenties.Dtos;
using Gemeenschapskracht.Domain.Ervaringsconferenties;
using Gemeenschapskracht.Domain.Gebieden;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Ervaringsconferenties.Shared;

/// <summary>Who organises the ervaringsconferenties: the gemeente.</summary>
public static class ConferentieRollen
{
    public const string Organisatoren = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";
}

/// <summary>What a new and a changed conference both carry.</summary>
public interface IConferentievelden
{
    string Titel { get; }

    string Thema { get; }

    DateOnly Datum { get; }

    string Plek { get; }

    string Omschrijving { get; }

    int? Capaciteit { get; }

    IReadOnlyList<Programmaonderdeel> Programma { get; }

    IReadOnlyList<Guid> WijkIds { get; }
}

public static class ConferentieRegels
{
    public static void AddConferentieRules<T>(this AbstractValidator<T> validator) where T : IConferentievelden
    {
        validator.RuleFor(c => c.Titel).RequiredText("de titel van de conferentie", 200);
        validator.RuleFor(c => c.Thema).RequiredText("het thema van de conferentie", 200);
        validator.RuleFor(c => c.Plek).RequiredText("de plek van de conferentie", 300);
        validator.RuleFor(c => c.Omschrijving).RequiredText("de omschrijving van de conferentie", 4000);
        validator.RuleFor(c => c.Capaciteit).InclusiveBetween(1, 10_000).When(c => c.Capaciteit is not null)
            .WithMessage("De capaciteit is een aantal van 1 tot 10.000, of laat haar leeg.");
        validator.RuleFor(c => c.Programma).PresentList(Ervaringsconferentie.MeesteOnderdelen, "programmaonderdelen");
        validator.RuleForEach(c => c.Programma).ChildRules(p =>
        {
            p.RuleFor(x => x.Tijd).RequiredText("de tijd van het programmaonderdeel", 20);
            p.RuleFor(x => x.Onderdeel).RequiredText("het programmaonderdeel", 300);
            p.RuleFor(x => x.Door).SafeText("wie het onderdeel leidt");
        });
        validator.RuleFor(c => c.WijkIds).PresentList(100, "wijken");
    }

    public static Conferentieinhoud Inhoud(this IConferentievelden c) =>
        new(c.Titel, c.Thema, c.Datum, c.Plek, c.Omschrijving, c.Capaciteit, c.Programma, c.WijkIds);

    /// <summary>The wijken named are wijken of this gemeente (a 400 that names the field otherwise).</summary>
    public static async Task EnsureWijkenAsync(this IApplicationDbContext db, IReadOnlyList<Guid> wijkIds, CancellationToken ct)
    {
        var bekend = await db.Set<Gebied>().CountAsync(g => wijkIds.Contains(g.Id) && g.Soort == GebiedSoort.Wijk, ct);
        if (bekend != wijkIds.Distinct().Count())
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("wijkIds", "Een van de wijken bestaat niet in deze gemeente.")]);
    }

    public static async Task<Ervaringsconferentie> VindAsync(this IQueryable<Ervaringsconferentie> conferenties, Guid id, CancellationToken ct) =>
        await conferenties.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Deze ervaringsconferentie bestaat niet.");

    /// <summary>How many took a place (unsubscribed ones do not count).</summary>
    public static Task<int> ConferentieAangemeldAsync(this IApplicationDbContext db, Guid conferentie, CancellationToken ct) =>
        db.Set<Conferentieaanmelding>().CountAsync(a => a.ConferentieId == conferentie && a.AfgemeldOp == null, ct);

    public static async Task<IReadOnlyList<ErvaringsconferentieDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyList<Ervaringsconferentie> conferenties,
        CancellationToken ct)
    {
        var ids = conferenties.Select(c => c.Id).ToList();
        var aantallen = await db.Set<Conferentieaanmelding>().Where(a => ids.Contains(a.ConferentieId) && a.AfgemeldOp == null)
            .GroupBy(a => a.ConferentieId).Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Aantal, ct);
        var wijkIds = conferenties.SelectMany(c => c.WijkIds).Distinct().ToList();
        var wijken = await db.Set<Gebied>().AsNoTracking().Where(g => wijkIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Naam ?? g.Code, ct);
        return [.. conferenties.Select(c => new ErvaringsconferentieDto(c.Id, c.Titel, c.Thema, c.Datum, c.Plek, c.Omschrijving, c.Capaciteit,
            aantallen.GetValueOrDefault(c.Id), c.Programma, [.. c.WijkIds.Where(wijken.ContainsKey).Select(w => new ConferentieWijkDto(w, wijken[w]))],
            c.Lessen, c.Status))];
    }

    public static async Task<ErvaringsconferentieDto> ToDtoAsync(this IApplicationDbContext db, Ervaringsconferentie conferentie, CancellationToken ct) =>
        (await db.ToDtosAsync([conferentie], ct))[0];
}
