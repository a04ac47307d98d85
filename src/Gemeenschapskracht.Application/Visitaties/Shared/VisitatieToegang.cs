using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Domain.Visitaties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Visitaties.Shared;

/// <summary>Who reaches the visitaties: the gemeente's readers, the panel members (of one visitatie each) and the reviewed organisation.</summary>
public static class VisitatieRollen
{
    public const string Lezers = $"{VisitatiecyclusRollen.Lezers},{Roles.VisitatiepanelLid},{Roles.Bewonersorganisatie},{Roles.Professional}";

    public const string Gevisiteerden = $"{VisitatiecyclusRollen.Beheerders},{Roles.Bewonersorganisatie},{Roles.Professional}";

    /// <summary>
    /// The roles a panel member may hold: the visitatiepanel-lid role the confirmation grants, or the role they already
    /// had (a raadslid, a peer professional, a resident active elsewhere), so a token issued before the confirmation
    /// still works. Which visitatie they reach is decided by the panel itself, never by the role.
    /// </summary>
    public const string Panelleden = $"{Roles.VisitatiepanelLid},{Roles.Raadslid},{Roles.Professional},{Roles.Bewonersorganisatie}";

    public const string Horen = $"{VisitatiecyclusRollen.Beheerders},{Panelleden}";
}

/// <summary>
/// The visitatie scope (R6.3): a panel member reaches only the visitatie they sit on, and only while it runs; the
/// reviewed organisation reaches its own; the gemeente's readers reach all. Anyone else is told it does not exist.
/// </summary>
public static class VisitatieToegang
{
    private static readonly string[] Gemeenterollen = [.. VisitatiecyclusRollen.Lezers.Split(',')];

    public static async Task<Visitatie> VindAsync(this IQueryable<Visitatie> visitaties, Guid id, CancellationToken ct) =>
        await visitaties.FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw NietGevonden();

    /// <summary>How the caller takes part in this visitatie, or a refusal.</summary>
    public static Visitatiekant Kant(ICurrentUser user, Visitatie visitatie) =>
        KantVan(user, visitatie) ?? throw (WasPanellid(user, visitatie) ? Afgerond() : NietGevonden());

    /// <summary>How the caller takes part in this visitatie, or null when they do not.</summary>
    public static Visitatiekant? KantVan(ICurrentUser user, Visitatie visitatie)
    {
        if (IsPanellid(user, visitatie))
            return Visitatiekant.Panel;
        if (Gemeenterollen.Any(user.IsInRole))
            return Visitatiekant.Gemeente;
        return IsGevisiteerde(user, visitatie) ? Visitatiekant.Gevisiteerde : null;
    }

    /// <summary>A panel member of this visitatie while it runs; after it ends, a clear refusal.</summary>
    public static void VereisPanellid(ICurrentUser user, Visitatie visitatie)
    {
        if (!IsPanellid(user, visitatie))
            throw WasPanellid(user, visitatie) ? Afgerond() : new ForbiddenAccessException("Alleen de leden van het panel van deze visitatie doen dit.");
    }

    /// <summary>The reviewed organisation; the gemeente stands in when no organisation is reviewed (a wijk programme without trekker).</summary>
    public static void VereisGevisiteerde(ICurrentUser user, Visitatie visitatie)
    {
        if (IsGevisiteerde(user, visitatie))
            return;
        if (visitatie.OrganisatieId is null && VisitatiecyclusRollen.Beheerders.Split(',').Any(user.IsInRole))
            return;
        throw new ForbiddenAccessException("Alleen de gevisiteerde organisatie schrijft de zelfreflectie en de reactie op het rapport.");
    }

    /// <summary>A member of a confirmed panel of a visitatie that has not ended.</summary>
    private static bool IsPanellid(ICurrentUser user, Visitatie visitatie) =>
        user.UserId is { } id && visitatie.IsActiefPanellid(id) && visitatie.Status != VisitatieStatus.Gepland;

    private static bool WasPanellid(ICurrentUser user, Visitatie visitatie) =>
        user.UserId is { } id && visitatie.Status == VisitatieStatus.Afgerond && visitatie.Panel.Any(p => p.GebruikerId == id);

    private static ForbiddenAccessException Afgerond() => new("Deze visitatie is afgerond; als panellid heeft u er geen toegang meer toe.");

    private static bool IsGevisiteerde(ICurrentUser user, Visitatie visitatie) =>
        visitatie.OrganisatieId is { } organisatie && user.OrganisatieId == organisatie
        && (user.IsInRole(Roles.Bewonersorganisatie) || user.IsInRole(Roles.Professional));

    private static NotFoundException NietGevonden() => new("Deze visitatie bestaat niet in deze gemeente.");
}
