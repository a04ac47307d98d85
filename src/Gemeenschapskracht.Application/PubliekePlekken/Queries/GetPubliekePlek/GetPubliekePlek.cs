using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.PubliekePlekken.Dtos;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.PubliekePlekken.Queries.GetPubliekePlek;

[Public]
public sealed record GetPubliekePlekQuery(Guid Id) : IQuery<PubliekePlekDto>;

public sealed class GetPubliekePlekHandler(IApplicationDbContext db) : IQueryHandler<GetPubliekePlekQuery, PubliekePlekDto>
{
    public async ValueTask<PubliekePlekDto> Handle(GetPubliekePlekQuery query, CancellationToken cancellationToken) =>
        (await db.Set<PubliekePlek>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
         ?? throw new NotFoundException("Deze plek bestaat niet in deze gemeente.")).ToDto();
}
