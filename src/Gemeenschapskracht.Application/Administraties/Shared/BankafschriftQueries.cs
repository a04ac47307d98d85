using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Administraties;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Shared;

/// <summary>What the bank statement use cases share: loading, the lines that block a month, the DTOs.</summary>
public static class BankafschriftQueries
{
    public const int MeesteKandidaten = 10;

    /// <summary>Every statement of one administratie: a group's account has a statement a day at most, so matching is done in memory (ADR 0029).</summary>
    public static async Task<List<Bankafschrift>> BankafschriftenAsync(this IApplicationDbContext db, Guid administratieId, CancellationToken cancellationToken) =>
        await db.Set<Bankafschrift>().AsNoTracking().Where(a => a.AdministratieId == administratieId).ToListAsync(cancellationToken);

    /// <summary>Every line of every statement of one administratie: the open ones block closing their month.</summary>
    public static async Task<List<Bankmutatie>> BankmutatiesAsync(this IApplicationDbContext db, Guid administratieId, CancellationToken cancellationToken) =>
        (await db.BankafschriftenAsync(administratieId, cancellationToken)).SelectMany(a => a.Mutaties).ToList();

    public static async Task<Bankafschrift> VindBankafschriftAsync(this IQueryable<Bankafschrift> afschriften, Guid administratieId, Guid id,
        CancellationToken cancellationToken) =>
        await afschriften.FirstOrDefaultAsync(a => a.Id == id && a.AdministratieId == administratieId, cancellationToken)
        ?? throw new NotFoundException("Dit bankafschrift bestaat niet in deze administratie.");

    public static BankafschriftSamenvattingDto ToSamenvattingDto(this Bankafschrift a) => new(
        a.Id, a.AdministratieId, a.AfschriftId, a.Iban, a.Bestandsnaam, a.Van, a.Tot, a.Beginsaldo.Eurocent, a.Eindsaldo.Eurocent, a.Mutaties.Count,
        a.Mutaties.Count(m => m.Status == MutatieStatus.Gekoppeld), a.Mutaties.Count(m => m.Status == MutatieStatus.Verklaard), a.Open,
        a.GeimporteerdDoor, a.GeimporteerdOp);

    /// <summary>The statement with its lines, the linked entries' numbers and, for open lines, the entries they may be linked to.</summary>
    public static async Task<BankafschriftDto> ToDtoAsync(this IApplicationDbContext db, Bankafschrift afschrift, CancellationToken cancellationToken)
    {
        var posten = await db.PostenAsync(afschrift.AdministratieId, cancellationToken);
        var perId = posten.ToDictionary(p => p.Id);
        var bezet = (await db.BankafschriftenAsync(afschrift.AdministratieId, cancellationToken)).Where(a => a.Id != afschrift.Id).Append(afschrift)
            .SelectMany(a => a.Mutaties).Where(m => m.JournaalpostId is not null).Select(m => m.JournaalpostId!.Value).ToHashSet();
        var kandidaten = afschrift.Open > 0 ? Bankmatching.Kandidaten(posten, bezet) : [];
        var mutaties = afschrift.Mutaties.OrderBy(m => m.Volgnummer).Select(m =>
        {
            var post = m.JournaalpostId is { } id ? perId.GetValueOrDefault(id) : null;
            var opties = m.Status != MutatieStatus.Open ? [] : kandidaten.Where(k => k.Bankbedrag == m.Mutatie)
                .OrderBy(k => Math.Abs(k.Post.Boekdatum.DayNumber - m.Boekdatum.DayNumber)).ThenBy(k => k.Post.Nummer).Take(MeesteKandidaten)
                .Select(k => new KoppelkandidaatDto(k.Post.Id, k.Post.Nummer, k.Post.Boekdatum, k.Post.Omschrijving)).ToList();
            return new BankmutatieDto(m.Id, m.Volgnummer, m.Boekdatum, m.Bedrag.Eurocent, m.Richting, m.TegenpartijNaam, m.TegenpartijIban, m.Omschrijving,
                m.EndToEndId, m.Status, m.JournaalpostId, post?.Nummer, post?.Omschrijving, m.AutomatischGekoppeld, m.Verklaring, m.AfgehandeldDoor,
                m.AfgehandeldOp, opties);
        }).ToList();
        var s = afschrift.ToSamenvattingDto();
        return new BankafschriftDto(s.Id, s.AdministratieId, s.AfschriftId, s.Iban, s.Bestandsnaam, s.Van, s.Tot, s.BeginsaldoEurocent, s.EindsaldoEurocent,
            s.AantalMutaties, s.AantalGekoppeld, s.AantalVerklaard, s.AantalOpen, mutaties, s.GeimporteerdDoor, s.GeimporteerdOp);
    }
}
