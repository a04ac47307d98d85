using Gemeenschapskracht.Application.Administraties.Dtos;
using Gemeenschapskracht.Application.Administraties.Shared;
using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Administraties.Commands.ImportBankafschrift;

/// <summary>
/// The host's back office imports a CAMT.053 bank statement (the raw XML, at most 5 MB) into an administratie it keeps:
/// every line is matched to a journal entry on the bank account; what does not match is listed as open. A file that is
/// not CAMT.053, or a statement already imported, changes nothing.
/// </summary>
[Authorize(Roles = AdministratieQueries.Boekhouders)]
[NoValidator("The CAMT.053 reader checks the file; the entity the statement and the file name.")]
public sealed record ImportBankafschriftCommand(Guid AdministratieId, string? Naam, byte[] Inhoud) : ICommand<BankafschriftDto>;

public sealed class ImportBankafschriftHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ImportBankafschriftCommand, BankafschriftDto>
{
    public async ValueTask<BankafschriftDto> Handle(ImportBankafschriftCommand command, CancellationToken cancellationToken)
    {
        var administratie = await db.GehosteAdministraties(user).VindAsync(command.AdministratieId, cancellationToken);
        var gegevens = Camt053.Lees(command.Inhoud);
        var eerdere = await db.BankafschriftenAsync(administratie.Id, cancellationToken);
        // A second import of the same statement is a conflict, as when two imports race to the unique index.
        if (eerdere.Any(a => a.Iban == Iban.Normaliseer(gegevens.Iban) && a.AfschriftId == gegevens.AfschriftId.Trim()))
            throw new ConflictException($"Afschrift {gegevens.AfschriftId.Trim()} van rekening {Iban.Leesbaar(gegevens.Iban)} is al geïmporteerd; een afschrift wordt één keer ingelezen.");
        var hostrekening = await db.Set<Organisatie>().Where(o => o.Id == administratie.HostOrganisatieId).Select(o => o.Iban).FirstOrDefaultAsync(cancellationToken);
        var afschrift = Bankafschrift.Importeer(administratie, gegevens, hostrekening, command.Naam ?? "", await db.PostenAsync(administratie.Id, cancellationToken),
            eerdere, user.Weergavenaam, clock.GetUtcNow());
        db.Set<Bankafschrift>().Add(afschrift);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(afschrift, cancellationToken);
    }
}
