using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;

namespace Gemeenschapskracht.Application.Declaraties.Commands.ReplaceBonnetje;

/// <summary>The submitter replaces the receipt (the raw bytes of a photo or PDF), while the declaratie can be changed. The new file is written first.</summary>
[Authorize(Roles = DeclaratieQueries.Indieners)]
[NoValidator("The receipt checks its bytes, size and name; the entity whether it may change.")]
public sealed record ReplaceBonnetjeCommand(Guid Id, string Naam, byte[] Inhoud) : ICommand<DeclaratieDto>;

public sealed class ReplaceBonnetjeHandler(IApplicationDbContext db, ICurrentUser user, IBestandsopslag opslag, TimeProvider clock)
    : ICommandHandler<ReplaceBonnetjeCommand, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(ReplaceBonnetjeCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var declaratie = await db.VindEigenAsync(user, command.Id, cancellationToken);
        var bonnetje = Bonnetje.Van(declaratie.Id, command.Naam, command.Inhoud, now);
        declaratie.VervangBonnetje(bonnetje, now);
        await opslag.SchrijfAsync(bonnetje.Sleutel, command.Inhoud, bonnetje.ContentType, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, declaratie, cancellationToken);
    }
}
