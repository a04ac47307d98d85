using FluentValidation;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Etalage;
using Gemeenschapskracht.Domain.Gebieden;
using Gemeenschapskracht.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Etalage.Shared;

/// <summary>Who curates the etalage (the gemeente), and who may nominate a story for it (also residents, professionals, panels and the raad).</summary>
public static class EtalageRollen
{
    public const string Beheerders = $"{Roles.GemeenteBeheerder},{Roles.Beleidsmedewerker}";

    public const string Nominators = $"{Beheerders},{Roles.Bewonersorganisatie},{Roles.Professional},{Roles.VisitatiepanelLid},{Roles.Raadslid}";

    /// <summary>The gemeente, or a member of the initiative's own organisation.</summary>
    public const string Toestemmers = $"{Beheerders},{Roles.Bewonersorganisatie},{Roles.Professional}";
}

/// <summary>What a nomination and a change both carry.</summary>
public interface IEtalagevelden
{
    string Titel { get; }

    string Verhaal { get; }

    string Lessen { get; }

    string Contact { get; }

    Herkomst Herkomst { get; }

    Guid? OrganisatieId { get; }

    Guid? WijkId { get; }

    IReadOnlyList<Etalagefoto> Fotos { get; }
}

public static class EtalageRegels
{
    public static void AddEtalageRules<T>(this AbstractValidator<T> validator) where T : IEtalagevelden
    {
        validator.RuleFor(c => c.Titel).RequiredText("de titel van het verhaal", 200);
        validator.RuleFor(c => c.Verhaal).RequiredText("het verhaal", 8000);
        validator.RuleFor(c => c.Lessen).RequiredText("wat anderen ervan kunnen leren", 4000);
        validator.RuleFor(c => c.Contact).RequiredText("hoe mensen het initiatief bereiken", 500);
        validator.RuleFor(c => c.Herkomst).IsInEnum().WithMessage("Kies waar het verhaal vandaan komt: watWerkt, visitatie, ambitie of anders.");
        validator.RuleFor(c => c.Fotos).PresentList(Etalageverhaal.MeesteFotos, "foto's");
        validator.RuleForEach(c => c.Fotos).ChildRules(f =>
        {
            f.RuleFor(x => x.Bijschrift).RequiredText("het bijschrift van de foto (wat erop te zien is)", 300);
            f.RuleFor(x => x.ToestemmingVan).RequiredText("wie toestemming gaf voor de foto", 200);
        });
    }

    public static Etalageinhoud Inhoud(this IEtalagevelden c) =>
        new(c.Titel, c.Verhaal, c.Lessen, c.Contact, c.Herkomst, c.OrganisatieId, c.WijkId, c.Fotos);

    /// <summary>The organisation and wijk named must be of this gemeente (a 400 that names the field otherwise).</summary>
    public static async Task EnsureBestaandAsync(this IApplicationDbContext db, IEtalagevelden c, CancellationToken ct)
    {
        if (c.OrganisatieId is { } organisatie && !await db.Set<Organisatie>().AnyAsync(o => o.Id == organisatie, ct))
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("organisatieId", "Deze organisatie bestaat niet in deze gemeente.")]);
        if (c.WijkId is { } wijk && !await db.Set<Gebied>().AnyAsync(g => g.Id == wijk && g.Soort == GebiedSoort.Wijk, ct))
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("wijkId", "Deze wijk bestaat niet in deze gemeente.")]);
    }
}

/// <summary>
/// Who sees a story: a published one anyone; a nominated or archived one the gemeente, whoever nominated it and the
/// members of the initiative's own organisation (who give its consent). Anyone else is told it does not exist.
/// </summary>
public static class EtalageToegang
{
    public static bool IsBeheerder(ICurrentUser user) => user.IsInRole(Roles.GemeenteBeheerder) || user.IsInRole(Roles.Beleidsmedewerker);

    public static IQueryable<Etalageverhaal> Zichtbaar(IApplicationDbContext db, ICurrentUser user)
    {
        var verhalen = db.Set<Etalageverhaal>();
        if (IsBeheerder(user))
            return verhalen;
        var id = user.UserId;
        var organisatie = user.OrganisatieId;
        return verhalen.Where(v => v.Status == EtalageStatus.Gepubliceerd || (id != null && v.GenomineerdDoor == id)
            || (organisatie != null && v.OrganisatieId == organisatie));
    }

    public static async Task<Etalageverhaal> VindAsync(this IQueryable<Etalageverhaal> verhalen, Guid id, CancellationToken ct) =>
        await verhalen.FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException("Dit verhaal staat niet in de etalage.");
}

public static class EtalageFotos
{
    /// <summary>The ids of the files placed under the story.</summary>
    public static async Task<IReadOnlyList<Guid>> BijlagenVanAsync(this IApplicationDbContext db, Guid verhaal, CancellationToken ct) =>
        await db.Set<Domain.Bijlagen.Bijlage>().AsNoTracking()
            .Where(b => b.Onderwerp == Domain.Bijlagen.Onderwerp.Etalageverhaal && b.OnderwerpId == verhaal).Select(b => b.Id).ToListAsync(ct);

    /// <summary>Each photo is an image placed under this story (a 400 that names the photo otherwise).</summary>
    public static async Task EnsureFotosVanVerhaalAsync(this IApplicationDbContext db, Guid verhaal, IReadOnlyList<Etalagefoto> fotos, CancellationToken ct)
    {
        var ids = fotos.Select(f => f.BijlageId).ToList();
        var afbeeldingen = await db.Set<Domain.Bijlagen.Bijlage>().AsNoTracking()
            .Where(b => b.Onderwerp == Domain.Bijlagen.Onderwerp.Etalageverhaal && b.OnderwerpId == verhaal && ids.Contains(b.Id) && b.ContentType != Domain.Bijlagen.Bestandstype.Pdf)
            .Select(b => b.Id).ToListAsync(ct);
        var fout = fotos.Select((f, i) => (f, i)).FirstOrDefault(x => !afbeeldingen.Contains(x.f.BijlageId));
        if (fout.f is not null)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure($"fotos[{fout.i}].bijlageId",
                "Deze foto is geen afbeelding die bij dit verhaal is geplaatst.")]);
    }
}
