using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class BeleidskadersEnOrganisaties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Beleidskaders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", nullable: false),
                    Raadsbesluit = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    VastgesteldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    VervangenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beleidskaders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Rechtsvorm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kvknummer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WijkIds = table.Column<string>(type: "TEXT", nullable: false),
                    PubliekeWaardeIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Contact_Contactpersoon = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Contact_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Contact_Telefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Contact_Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beleidskaders_TenantId_Versie",
                table: "Beleidskaders",
                columns: new[] { "TenantId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_TenantId_Naam",
                table: "Organisaties",
                columns: new[] { "TenantId", "Naam" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Beleidskaders");

            migrationBuilder.DropTable(
                name: "Organisaties");
        }
    }
}
