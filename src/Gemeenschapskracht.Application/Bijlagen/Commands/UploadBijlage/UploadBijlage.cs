using Gemeenschapskracht.Application.Bijlagen.Dtos;
using Gemeenschapskracht.Application.Bijlagen.Shared;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Domain.Bijlagen;
using Mediator;

namespace Gemeenschapskracht.Application.Bijlagen.Commands.UploadBijlage;

/// <summary>
/// Places a file with a beleidskader or a wijkbeeld: its type read from its bytes (PDF, PNG, JPEG, WebP), at most 10 MB.
/// The bytes are written to the file store first, then the row; a failed save leaves an unreferenced file, never a
/// row without its file.
/// </summary>
/// <param name="VerstuurdAls">The request's content type.</param>
[Authorize(Roles = BijlageOnderwerpen.Plaatsers)]
[NoValidator("The entity checks the bytes, the size and the name; the handler who may place it.")]
public sealed record UploadBijlageCommand(Onderwerp Onderwerp, Guid OnderwerpId, string Naam, byte[] Inhoud, string VerstuurdAls) : ICommand<BijlageDto>;

public sealed class UploadBijlageHandler(IApplicationDbContext db, ICurrentUser user, IBestandsopslag opslag, TimeProvider clock)
    : ICommandHandler<UploadBijlageCommand, BijlageDto>
{
    public async ValueTask<BijlageDto> Handle(UploadBijlageCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.EnsureMagPlaatsenAsync(user, command.Onderwerp, command.OnderwerpId, now, cancellationToken);
        var bijlage = new Bijlage(command.Onderwerp, command.OnderwerpId, command.Naam, command.Inhoud, command.VerstuurdAls, user.Weergavenaam, now);
        await opslag.SchrijfAsync(bijlage.Sleutel, command.Inhoud, bijlage.ContentType, cancellationToken);
        db.Set<Bijlage>().Add(bijlage);
        await db.SaveChangesAsync(cancellationToken);
        return bijlage.ToDto();
    }
}
