using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Administraties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Hostorganisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dienstverlening = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NietCommercieel = table.Column<bool>(type: "INTEGER", nullable: false),
                    Kosten = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hostorganisaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hostorganisaties_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Administraties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostOrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Startdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rekeningen = table.Column<string>(type: "TEXT", nullable: false),
                    Perioden = table.Column<string>(type: "TEXT", nullable: false),
                    HeeftOpeningsbalans = table.Column<bool>(type: "INTEGER", nullable: false),
                    LaatsteNummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Administraties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Administraties_Hostorganisaties_HostId",
                        column: x => x.HostId,
                        principalTable: "Hostorganisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Administraties_Organisaties_GroepId",
                        column: x => x.GroepId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Journaalposten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdministratieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Boekdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Regels = table.Column<string>(type: "TEXT", nullable: false),
                    BeschikkingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TegenboekingVanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GeboektDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeboektOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Journaalposten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Journaalposten_Administraties_AdministratieId",
                        column: x => x.AdministratieId,
                        principalTable: "Administraties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Administraties_GroepId",
                table: "Administraties",
                column: "GroepId");

            migrationBuilder.CreateIndex(
                name: "IX_Administraties_HostId",
                table: "Administraties",
                column: "HostId");

            migrationBuilder.CreateIndex(
                name: "IX_Administraties_TenantId_GroepId",
                table: "Administraties",
                columns: new[] { "TenantId", "GroepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Administraties_TenantId_HostOrganisatieId",
                table: "Administraties",
                columns: new[] { "TenantId", "HostOrganisatieId" });

            migrationBuilder.CreateIndex(
                name: "IX_Hostorganisaties_OrganisatieId",
                table: "Hostorganisaties",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Hostorganisaties_TenantId_OrganisatieId",
                table: "Hostorganisaties",
                columns: new[] { "TenantId", "OrganisatieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Journaalposten_AdministratieId",
                table: "Journaalposten",
                column: "AdministratieId");

            migrationBuilder.CreateIndex(
                name: "IX_Journaalposten_TenantId_AdministratieId_Nummer",
                table: "Journaalposten",
                columns: new[] { "TenantId", "AdministratieId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Journaalposten_TenantId_TegenboekingVanId",
                table: "Journaalposten",
                columns: new[] { "TenantId", "TegenboekingVanId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Journaalposten");

            migrationBuilder.DropTable(
                name: "Administraties");

            migrationBuilder.DropTable(
                name: "Hostorganisaties");
        }
    }
}
